/** Handlers of the sharing operations: the logic lives in ../sharing-service. */
import type { sharingOperations } from '../../common/ops/sharing';
import type { Handlers } from './types';
import { compareSharing, computeSharing, setSharingRules, sharingRulesView } from '../sharing-service';
import { gseStatementsTemplate, gseStatementsView, importGseStatements } from '../gse-statements-service';
import { clearGseStatements } from '../../../store/gse-statements-repository';

export const sharingHandlers: Handlers<keyof typeof sharingOperations> = {
  getSharingRules: (_args, { store }) => sharingRulesView(store),
  setSharingRules: (args, { store }) => setSharingRules(store, args.ruleSet),
  computeSharing: (args, { ctx, store }) => computeSharing(store, ctx.options.resourcesDir, args.ruleSet, args.source),
  compareSharing: (args, { ctx, store }) => compareSharing(store, ctx.options.resourcesDir, args.a, args.b, args.source),
  importGseStatements: (args, { store }) => importGseStatements(store, args.name, Buffer.from(args.base64, 'base64')),
  getGseStatements: (_args, { store }) => gseStatementsView(store),
  clearGseStatements: (_args, { store }) => (clearGseStatements(store), gseStatementsView(store)),
  gseStatementsTemplate: (_args, { store }) => gseStatementsTemplate(store),
};
