/**
 * The built-in rule data, validated by its schemas. The command line's bundle replaces this
 * module with the result computed when it was built (scripts/built-in-data.ts), so a start
 * does not validate the same files again; the sources (tests, tsx) validate them here.
 */
import doctypesJson from './doctypes.json';
import swedishJson from './swedish.json';
import kf20202022Json from './catalogs/kf-2020-2022.json';
import noTypeJson from './no-type.json';
import { DocTypeFile, GoalCatalog, NoTypeProfile, SwedishData, type DocTypeSpec } from './schema';

export interface BuiltIns {
  swedish: SwedishData;
  docTypes: DocTypeSpec[];
  catalogs: GoalCatalog[];
  noType: NoTypeProfile;
}

export function validatedBuiltIns(): BuiltIns {
  return {
    swedish: SwedishData.parse(swedishJson),
    docTypes: DocTypeFile.parse(doctypesJson).doctypes,
    catalogs: [GoalCatalog.parse(kf20202022Json)],
    noType: NoTypeProfile.parse(noTypeJson),
  };
}
