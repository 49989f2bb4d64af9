import type {AnyRecognizer} from '../recognize/types.js'
import {meetingRecognizer} from './meetings.js'
import {listItemRecognizer, sentenceRecognizer} from './outcomes.js'
import {peopleRecognizer} from './people.js'

export {defaultFormats} from './formats.js'
export {meetingRecognizer} from './meetings.js'
export {listItemRecognizer, sentenceRecognizer} from './outcomes.js'
export {peopleRecognizer} from './people.js'

/** The built-in recognizers, written with the public `defineRecognizer` API. */
export const defaultRecognizers: readonly AnyRecognizer[] = Object.freeze([
  meetingRecognizer,
  peopleRecognizer,
  listItemRecognizer,
  sentenceRecognizer
])
