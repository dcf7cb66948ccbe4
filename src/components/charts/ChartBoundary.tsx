import { Component, type ReactNode } from 'react'
import styles from './ChartFigure.module.css'

/**
 * Keeps a chart's failure (a drawing that throws, a chunk that does not load) inside its own box:
 * the message takes the drawing's place, and the page, the caption and the numbers table stay.
 */
export class ChartBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  render() {
    if (!this.state.failed) return this.props.children
    return <p className={styles.failed}>This chart could not be drawn. Its numbers are in the table below.</p>
  }
}
