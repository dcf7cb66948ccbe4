import { act, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useAfterFirstPaint } from './use-after-first-paint'

/** A browser that reports paint timing: the test decides when the first contentful paint happens. */
function reportPaints() {
  const entries: { name: string }[] = []
  const observers: (() => void)[] = []
  class FakeObserver {
    static supportedEntryTypes = ['paint']
    constructor(private readonly notify: () => void) {}
    observe() {
      observers.push(this.notify)
    }
    disconnect() {
      observers.splice(observers.indexOf(this.notify), 1)
    }
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver)
  vi.spyOn(performance, 'getEntriesByName').mockImplementation(
    (name: string) => entries.filter((e) => e.name === name) as PerformanceEntryList,
  )
  return {
    paint(name: string) {
      entries.push({ name })
      for (const notify of [...observers]) notify()
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
