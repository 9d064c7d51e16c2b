/**
 * The shared strings read on a second thread while this one reads the contact sheet (docs/decisions.md §D97): at
 * 100,000 contacts the shared string part is 14 MB of XML, a fifth of a step's time when read in turn. The thread
 * is this very file run as a worker, so the compiled command carries it wherever it carries its reader. Whatever the
 * thread cannot do (no compiled file, as under ts-jest, an error of any kind) is left to the caller, which then
 * reads the part itself as it always did: the same strings, the same refusals.
 */
import {
  isMainThread,
  MessageChannel,
  receiveMessageOnPort,
  Worker,
  workerData,
  type MessagePort,
} from "worker_threads";
import { readSharedStrings } from "./sharedStrings";
import { entryData, type ZipEntry } from "./zipArchive";

/** Below this many bytes of XML a thread's start costs more than reading the part here. */
export const STRINGS_AHEAD_MIN_BYTES = 1 << 20;

/** See take(). */
const GIVE_UP_MS = 120_000;

const THREAD_KIND = "segments-shared-strings";

interface ThreadInput {
  readonly kind: typeof THREAD_KIND;
  readonly entry: ZipEntry;
  readonly port: MessagePort;
  /** Set to 1, then notified, once the answer is on the port. */
  readonly done: Int32Array;
}

/** The strings joined, and where each ends: one string crosses between threads far faster than 240,000. */
type ThreadAnswer = { readonly joined: string; readonly ends: Int32Array } | { readonly failed: true };

export interface StringsAhead {
  /** The part's strings, waiting for the thread if it is still reading; undefined: read the part here instead. */
  take(): string[] | undefined;
}

/** Starts reading the part's strings on a thread; undefined when it is not worth one or none can start. */
export function readStringsAhead(entry: ZipEntry | undefined): StringsAhead | undefined {
  if (!entry || entry.size < STRINGS_AHEAD_MIN_BYTES || !__filename.endsWith(".js")) return undefined;
  const done = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  let worker: Worker;
  try {
    // The entry's own bytes only: its raw data is a view into the whole file, which would be copied with it.
    const input: ThreadInput = { kind: THREAD_KIND, entry: { ...entry, raw: entry.raw.slice() }, port: port2, done };
    worker = new Worker(__filename, { workerData: input, transferList: [port2] });
  } catch {
    port1.close();
    return undefined;
  }
  // The command ends when its work does, whether or not it took the strings.
  worker.unref();
  worker.on("error", () => undefined);
  return {
    take() {
      // A thread that died without answering (out of memory) never says so: after a wait far beyond any part's
      // reading, the part is read here.
      if (Atomics.wait(done, 0, 0, GIVE_UP_MS) === "timed-out") {
        void worker.terminate();
        port1.close();
        return undefined;
      }
      const answer = receiveMessageOnPort(port1)?.message as ThreadAnswer | undefined;
      port1.close();
      if (!answer || "failed" in answer) return undefined;
      const strings = new Array<string>(answer.ends.length);
      let start = 0;
      for (let i = 0; i < strings.length; i++) {
        const end = answer.ends[i];
        strings[i] = answer.joined.slice(start, end);
        start = end;
      }
      return strings;
    },
  };
}

/** The thread's side: read the part, answer, and say so even when reading failed. */
function answerOnThread(input: ThreadInput): void {
  let answer: ThreadAnswer;
  try {
    const strings = readSharedStrings(entryData(input.entry));
    const ends = new Int32Array(strings.length);
    let end = 0;
    for (let i = 0; i < strings.length; i++) ends[i] = end += strings[i].length;
    answer = { joined: strings.join(""), ends };
  } catch {
    answer = { failed: true };
  }
  try {
    input.port.postMessage(answer);
  } finally {
    Atomics.store(input.done, 0, 1);
    Atomics.notify(input.done, 0);
    input.port.close();
  }
}

if (!isMainThread && (workerData as Partial<ThreadInput> | null)?.kind === THREAD_KIND)
  answerOnThread(workerData as ThreadInput);
