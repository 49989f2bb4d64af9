import type {AnyRecognizer} from '../recognize/types.js'
import {meetingRecognizer} from './meetings.js'
import {listItemRecognizer, sentenceRecognizer} from './outcomes.js'
import {peopleRecognizer} from './people.js'
import {participantTableRecognizer} from './tables.js'

export {defaultFormats} from './formats.js'
export {meetingRecognizer} from './meetings.js'
export {listItemRecognizer, sentenceRecognizer} from './outcomes.js'
export {peopleRecognizer} from './people.js'
export {participantTableRecognizer} from './tables.js'

/** The built-in recognizers, written with the public `defineRecognizer` API. */
export const defaultRecognizers: readonly AnyRecognizer[] = Object.freeze([
  meetingRecognizer,
  participantTableRecognizer,
  peopleRecognizer,
  listItemRecognizer,
  sentenceRecognizer
])
