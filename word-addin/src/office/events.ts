/**
 * Hints that the document may have changed, for the pane's debounced re-read
 * (FRONTEND-FACTS 3): the Common API's DocumentSelectionChanged everywhere (it says nothing
 * about what changed and is not fired for some operations, office-js #2473), and with
 * WordApi 1.6 the paragraph events too. Those are hints only — deletions under track
 * changes fire nothing (#3864), undo is not reported on the web (#5089), events go missing
 * under fast edits (#4874) — correctness comes from comparing texts before every action.
 */

type Listener = () => void;

export function listenForChanges(listener: Listener, paragraphEvents: boolean): () => void {
  let stopped = false;
  const notify = () => {
    if (!stopped) listener();
  };
  const onSelection = () => notify();
  Office.context.document.addHandlerAsync(Office.EventType.DocumentSelectionChanged, onSelection);
  const registered: Array<OfficeExtension.EventHandlerResult<unknown>> = [];
  if (paragraphEvents) void registerParagraphEvents(notify, registered, () => stopped);
  return () => {
    if (stopped) return;
    stopped = true;
    Office.context.document.removeHandlerAsync(Office.EventType.DocumentSelectionChanged, { handler: onSelection });
    void removeParagraphEvents(registered.splice(0));
  };
}

async function registerParagraphEvents(
  notify: Listener,
  registered: Array<OfficeExtension.EventHandlerResult<unknown>>,
  stopped: () => boolean,
): Promise<void> {
  const handler = async () => notify();
  try {
    const results = await Word.run(async (context) => {
      const document = context.document;
      const added = [document.onParagraphChanged.add(handler), document.onParagraphAdded.add(handler), document.onParagraphDeleted.add(handler)];
      await context.sync();
      return added as Array<OfficeExtension.EventHandlerResult<unknown>>;
    });
    // Stopped while registering: take them off again at once.
    if (stopped()) await removeParagraphEvents(results);
    else registered.push(...results);
  } catch {
    // Paragraph events are extra hints; selection changes still arrive.
  }
}

/** Handlers die with the context they were added in: remove them through it (docs `word/word-add-ins-events.md`). */
async function removeParagraphEvents(results: Array<OfficeExtension.EventHandlerResult<unknown>>): Promise<void> {
  if (results.length === 0) return;
  try {
    await runInContext(results[0]!.context, async (context) => {
      for (const result of results) result.remove();
      await context.sync();
    });
  } catch {
    // The document was closed or reloaded: the handlers are gone with it.
  }
}

/** `Word.run(context, batch)`: Office.js takes an earlier context; @types/office-js 1.0.612 does not declare it for Word. */
function runInContext(context: OfficeExtension.ClientRequestContext, batch: (context: OfficeExtension.ClientRequestContext) => Promise<void>): Promise<void> {
  return (
    Word.run as unknown as (
      context: OfficeExtension.ClientRequestContext,
      batch: (context: OfficeExtension.ClientRequestContext) => Promise<void>,
    ) => Promise<void>
  )(context, batch);
}
