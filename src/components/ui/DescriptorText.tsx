import type { Descriptor } from '../../domain/framework-schema'

/**
 * What a rating value looks like: one text, or the framework's list of criteria as a list.
 * A framework may leave value 0 undescribed; it then reads "Not yet".
 */
export function DescriptorText({
  descriptor,
  className,
}: {
  descriptor: Descriptor | null | undefined
  className?: string
}) {
  if (descriptor == null) return <span className={className}>Not yet.</span>
  if (typeof descriptor === 'string') return <span className={className}>{descriptor}</span>
  return (
    <ul className={className}>
      {descriptor.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  )
}
