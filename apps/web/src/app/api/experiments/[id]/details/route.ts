import { experimentIdSchema, loadRunDetails } from '../../../../../server/run-details';
import { getStore } from '../../../../../server/store';

/**
 * GET /api/experiments/<id>/details: the reliability bins of each succeeded run, which the
 * store keeps beside the summary but the tRPC router (packages/api) does not return yet. A
 * stopgap: it goes once `experiments.get` or a results procedure carries run details.
 */
export async function GET(_req: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  const parsed = experimentIdSchema.safeParse(id);
  if (!parsed.success) {
    return Response.json({ error: parsed.error.issues[0]?.message ?? 'bad id' }, { status: 400 });
  }
  const runs = await loadRunDetails(getStore(), parsed.data);
  if (runs === null) {
    return Response.json({ error: `no experiment ${parsed.data}` }, { status: 404 });
  }
  return Response.json({ runs });
}
