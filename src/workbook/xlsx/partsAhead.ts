/**
 * The big parts read on a second thread while this one does other work: the shared strings while the contact sheet
 * is read (docs/decisions.md §D97), and the contact sheet's inflating while the segment's own sheets are read
 * (docs/decisions.md §D103). At 100,000 contacts the shared string part is 14 MB of XML and the contact sheet 50 to
 * 70 MB, each read in turn a tenth or a twentieth of a step. The thread is this very file run as a worker, so the
 * compiled command carries it wherever it carries its reader. Whatever the thread cannot do (no compiled file, as
 * under ts-jest, an error of any kind) is left to the caller, which then reads the part itself as it always did: the
 * same bytes and strings, the same refusals.
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
export const PARTS_AHEAD_MIN_BYTES = 1 << 20;

/** See answerOf(). */
const GIVE_UP_MS = 120_000;

const THREAD_KIND = "segments-parts-ahead";

/** What the thread reads: each part with the port it answers on and the word it sets to 1 once it has. */
interface ThreadInput {
  readonly kind: typeof THREAD_KIND;
  readonly sheet?: { readonly entry: ZipEntry; readonly port: MessagePort };
  readonly strings?: { readonly entry: ZipEntry; readonly port: MessagePort };
  /** [0]: the strings answered, [1]: the sheet answered, [2]: who inflates the sheet (see SHEET_CLAIM). */
  readonly done: Int32Array;
}

/** The strings joined, and where each ends: one string crosses between threads far faster than 240,000. */
type StringsAnswer = { readonly joined: string; readonly ends: Int32Array } | { readonly failed: true };

/** The sheet's inflated bytes, their buffer moved (not copied) to the caller. */
type SheetAnswer = { readonly buffer: ArrayBuffer; readonly length: number } | { readonly failed: true };

const STRINGS_DONE = 0;
const SHEET_DONE = 1;
/**
 * 0 until the thread starts inflating the sheet (THREAD_INFLATES) or the caller, wanting it before then, inflates it
 * itself (CALLER_INFLATES): then the thread goes straight to the strings, which come sooner, and a busy machine is not
 * asked to inflate the sheet twice (docs/decisions.md §D110).
 */
const SHEET_CLAIM = 2;
const THREAD_INFLATES = 1;
const CALLER_INFLATES = 2;

export interface StringsAhead {
  /** The part's strings, waiting for the thread if it is still reading; undefined: read the part here instead. */
  take(): string[] | undefined;
}

export interface PartsAhead {
  /** Present when the strings went to the thread. */
  readonly strings?: StringsAhead;
  /** Present when the sheet went to the thread. */
  readonly sheet?: {
    /** The sheet's inflated bytes if the thread has them by now; undefined: inflate the part here instead. */
    take(): Uint8Array | undefined;
    /** The bytes are not wanted after all: whatever the thread answers is let go. */
    drop(): void;
  };
}

/**
 * Starts reading on one thread the sheet (inflated, first: it is wanted first) and the shared strings, each only
 * when it is big enough to be worth it; undefined when neither is or no thread can start.
 */
export function readPartsAhead(parts: { sheet?: ZipEntry; strings?: ZipEntry }): PartsAhead | undefined {
  const worth = (entry: ZipEntry | undefined) => entry !== undefined && entry.size >= PARTS_AHEAD_MIN_BYTES;
  const sheet = worth(parts.sheet) ? parts.sheet : undefined;
  const strings = worth(parts.strings) ? parts.strings : undefined;
  if ((!sheet && !strings) || !__filename.endsWith(".js")) return undefined;
  const done = new Int32Array(new SharedArrayBuffer(12));
  const sheetChannel = sheet && new MessageChannel();
  const stringsChannel = strings && new MessageChannel();
  const closeAll = () => {
    sheetChannel?.port1.close();
    stringsChannel?.port1.close();
  };
  let worker: Worker;
  try {
    // The entries' own bytes only: their raw data is a view into the whole file, which would be copied with them.
    const own = (entry: ZipEntry): ZipEntry => ({ ...entry, raw: entry.raw.slice() });
    const input: ThreadInput = {
      kind: THREAD_KIND,
      sheet: sheet && sheetChannel && { entry: own(sheet), port: sheetChannel.port2 },
      strings: strings && stringsChannel && { entry: own(strings), port: stringsChannel.port2 },
      done,
    };
    const ports = [sheetChannel?.port2, stringsChannel?.port2].filter((port) => port !== undefined);
    worker = new Worker(__filename, { workerData: input, transferList: ports });
  } catch {
    closeAll();
    return undefined;
  }
  // The command ends when its work does, whether or not it took what the thread read.
  worker.unref();
  worker.on("error", () => undefined);

  let gaveUp = false;
  /** The thread's answer on `port`, waiting for it; undefined when it failed or never came. */
  function answerOf<T>(port: MessagePort, word: number): T | undefined {
    // A thread that died without answering (out of memory) never says so: after a wait far beyond any part's
    // reading, the part (and any other it was to read) is read here.
    if (gaveUp || Atomics.wait(done, word, 0, GIVE_UP_MS) === "timed-out") {
      gaveUp = true;
      void worker.terminate();
      closeAll();
      return undefined;
    }
    const answer = receiveMessageOnPort(port)?.message as T | undefined;
    port.close();
    return answer;
  }

  return {
    strings:
      stringsChannel &&
      ({
        take() {
          const answer = answerOf<StringsAnswer>(stringsChannel.port1, STRINGS_DONE);
          if (!answer || "failed" in answer) return undefined;
          const taken = new Array<string>(answer.ends.length);
          let start = 0;
          for (let i = 0; i < taken.length; i++) {
            const end = answer.ends[i];
            taken[i] = answer.joined.slice(start, end);
            start = end;
          }
          return taken;
        },
      } satisfies StringsAhead),
    sheet: sheetChannel && {
      take() {
        // Not waited for: a thread still inflating (started late, or slowed by a busy machine) is no faster than
        // inflating the part here, which starts at once; its bytes are then let go.
        if (Atomics.load(done, SHEET_DONE) === 0) {
          Atomics.compareExchange(done, SHEET_CLAIM, 0, CALLER_INFLATES);
          sheetChannel.port1.close();
          return undefined;
        }
        const answer = answerOf<SheetAnswer>(sheetChannel.port1, SHEET_DONE);
        if (!answer || "failed" in answer) return undefined;
        return Buffer.from(answer.buffer, 0, answer.length);
      },
      drop() {
        Atomics.compareExchange(done, SHEET_CLAIM, 0, CALLER_INFLATES);
        sheetChannel.port1.close();
      },
    },
  };
}

/** Posts the answer and says so, even when reading failed. */
function answer(port: MessagePort, done: Int32Array, word: number, read: () => [unknown, ArrayBuffer[]]): void {
  let message: unknown;
  let transfer: ArrayBuffer[] = [];
  try {
    [message, transfer] = read();
  } catch {
    message = { failed: true };
  }
  try {
    port.postMessage(message, transfer);
  } finally {
    Atomics.store(done, word, 1);
    Atomics.notify(done, word);
    port.close();
  }
}

/** The thread's side: the sheet first, as it is wanted first, then the strings. */
function answerOnThread(input: ThreadInput): void {
  if (input.sheet && Atomics.compareExchange(input.done, SHEET_CLAIM, 0, THREAD_INFLATES) === CALLER_INFLATES)
    input.sheet.port.close();
  else if (input.sheet) {
    const { entry, port } = input.sheet;
    answer(port, input.done, SHEET_DONE, () => {
      const data = entryData(entry);
      // Moved, not copied: a buffer of its own (zlib's output is one; a pooled or shared one would be copied).
      const buffer =
        data.byteOffset === 0 && data.buffer instanceof ArrayBuffer ? data.buffer : new Uint8Array(data).buffer;
      return [{ buffer, length: data.length } satisfies SheetAnswer, [buffer]];
    });
  }
  if (input.strings) {
    const { entry, port } = input.strings;
    answer(port, input.done, STRINGS_DONE, () => {
      const strings = readSharedStrings(entryData(entry));
      const ends = new Int32Array(strings.length);
      let end = 0;
      for (let i = 0; i < strings.length; i++) ends[i] = end += strings[i].length;
      return [{ joined: strings.join(""), ends } satisfies StringsAnswer, []];
    });
  }
}

if (!isMainThread && (workerData as Partial<ThreadInput> | null)?.kind === THREAD_KIND)
  answerOnThread(workerData as ThreadInput);
