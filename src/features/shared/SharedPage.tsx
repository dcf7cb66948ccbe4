import { useRouterState } from '@tanstack/react-router'
import { useEffect, useState } from 'react'
import { useDocumentTitle } from '../../components/hooks/use-document-title'
import { decodeLink, type LinkContent } from '../../persistence/share-link'
import { MentorReplyView } from './MentorReplyView'
import { SharedSnapshotView } from './SharedSnapshotView'

type Opened = { status: 'reading' } | { status: 'refused'; reason: string } | { status: 'open'; content: LinkContent }

/**
 * /shared: what a link carries in its fragment, which never reaches a server. A share link shows the
 * person's gap read-only (and lets a mentor rate them); a mentor's reply offers to add the ratings.
 */
export function SharedPage() {
  useDocumentTitle('Shared gap')
  const hash = useRouterState({ select: (s) => s.location.hash })
  const [opened, setOpened] = useState<Opened>({ status: 'reading' })

  useEffect(() => {
    let live = true
    void decodeLink(hash).then((result) => {
      if (!live) return
      setOpened(result.ok ? { status: 'open', content: result.content } : { status: 'refused', reason: result.reason })
    })
    return () => {
      live = false
    }
  }, [hash])

  if (opened.status === 'reading')
    return (
      <header className="page-header">
        <h1>Opening the link…</h1>
      </header>
    )
  if (opened.status === 'refused')
    return (
      <>
        <header className="page-header">
          <h1>This link cannot be opened</h1>
        </header>
        <p role="alert" className="card">
          {opened.reason} Ask the person who sent it for a fresh link.
        </p>
      </>
    )
  return opened.content.kind === 'share' ? (
    <SharedSnapshotView snapshot={opened.content} />
  ) : (
    <MentorReplyView reply={opened.content} />
  )
}
