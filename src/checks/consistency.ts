import type {Release} from '../models/types.js'
import type {Check, CheckReport} from './types.js'

/**
 * Built-in consistency checks that need no registry: a meeting dated after
 * the release's own publication date (announcements of future visits are
 * allowed when the text says "will").
 */
export const consistencyCheck: Check = Object.freeze({
  name: 'factsheet:consistency',
  check(release: Readonly<Release>) {
    const reports: CheckReport[] = []
    if (release.published) {
      for (const meeting of release.meetings) {
        if (meeting.date && meeting.date > release.published) {
          const future = release.outcomes.length === 0 || /\bwill\b/i.test(meeting.name)
          reports.push({
            code: 'meeting/after-publication',
            reason: `Meeting \`${meeting.name}\` is dated ${meeting.date}, after the release was published (${release.published})${future ? '; it may be an announcement' : ''}`,
            severity: future ? 'info' : 'warning',
            place: meeting.position
          })
        }
      }
    }
    return reports
  }
})
