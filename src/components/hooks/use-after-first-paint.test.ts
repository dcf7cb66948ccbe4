import { act, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useAfterFirstPaint } from './use-after-first-paint'

/** A browser that reports paint timing: the test decides when each paint happens. */
function reportPaints() {
  const paints: string[] = []
  const observers = new Set<FakeObserver>()
  type Notify = (list: { getEntriesByName: (name: string) => unknown[] }) => void
  class FakeObserver {
    static supportedEntryTypes = ['paint']
    constructor(private readonly notify: Notify) {}
    observe(options: { type: string; buffered?: boolean }) {
      observers.add(this)
      // Buffered: the paints that already happened are reported at once.
      if (options.buffered && paints.length > 0) this.report(paints)
    }
    disconnect() {
      observers.delete(this)
    }
    report(names: string[]) {
      this.notify({ getEntriesByName: (name) => names.filter((n) => n === name) })
    }
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver)
  return {
    paint(name: string) {
      paints.push(name)
      for (const observer of [...observers]) observer.report([name])
    },
  }
}

describe('useAfterFirstPaint', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.restoreAllMocks()
    vi.useRealTimers()
  })

  it('waits for the first contentful paint, not for a frame', () => {
    vi.useFakeTimers()
    const browser = reportPaints()
    const { result } = renderHook(() => useAfterFirstPaint())
    act(() => vi.advanceTimersByTime(1000))
    expect(result.current).toBe(false)
    browser.paint('first-paint')
    act(() => vi.advanceTimersByTime(1000))
    expect(result.current).toBe(false)
    browser.paint('first-contentful-paint')
    act(() => vi.advanceTimersByTime(0))
    expect(result.current).toBe(true)
  })

  it('is true at once (a task later) when the page has already painted', () => {
    vi.useFakeTimers()
    reportPaints().paint('first-contentful-paint')
    const { result } = renderHook(() => useAfterFirstPaint())
    expect(result.current).toBe(false)
    act(() => vi.advanceTimersByTime(0))
    expect(result.current).toBe(true)
  })

  it('falls back to a frame and a task where paint timing is not reported', async () => {
    vi.stubGlobal('PerformanceObserver', undefined)
    const { result } = renderHook(() => useAfterFirstPaint())
    await vi.waitFor(() => expect(result.current).toBe(true))
  })
})
