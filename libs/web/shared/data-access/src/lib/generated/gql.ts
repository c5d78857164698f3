/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  fragment DoseFields on Dose {\n    holdSeconds\n    reps\n    sets\n    side\n    restSeconds\n    timesPerDay\n    daysOfWeek\n    intensity\n    load\n  }\n': typeof types.DoseFieldsFragmentDoc;
  '\n  query ExerciseLibrary($filter: ExerciseFilter, $page: PageInput) {\n    exercises(filter: $filter, page: $page) {\n      totalCount\n      nextCursor\n      items {\n        id\n        name\n        aliases\n        category\n        bodyRegion\n        builtIn\n        defaultDose {\n          ...DoseFields\n        }\n      }\n    }\n  }\n': typeof types.ExerciseLibraryDocument;
  '\n  query ExerciseDetail($id: ID!) {\n    exercise(id: $id) {\n      id\n      name\n      aliases\n      category\n      bodyRegion\n      targetMuscles\n      startingPosition\n      steps\n      cues\n      safetyNotes\n      contraindications\n      equipment\n      mediaUrl\n      builtIn\n      defaultDose {\n        ...DoseFields\n      }\n    }\n  }\n': typeof types.ExerciseDetailDocument;
};
const documents: Documents = {
  '\n  fragment DoseFields on Dose {\n    holdSeconds\n    reps\n    sets\n    side\n    restSeconds\n    timesPerDay\n    daysOfWeek\n    intensity\n    load\n  }\n':
    types.DoseFieldsFragmentDoc,
  '\n  query ExerciseLibrary($filter: ExerciseFilter, $page: PageInput) {\n    exercises(filter: $filter, page: $page) {\n      totalCount\n      nextCursor\n      items {\n        id\n        name\n        aliases\n        category\n        bodyRegion\n        builtIn\n        defaultDose {\n          ...DoseFields\n        }\n      }\n    }\n  }\n':
    types.ExerciseLibraryDocument,
  '\n  query ExerciseDetail($id: ID!) {\n    exercise(id: $id) {\n      id\n      name\n      aliases\n      category\n      bodyRegion\n      targetMuscles\n      startingPosition\n      steps\n      cues\n      safetyNotes\n      contraindications\n      equipment\n      mediaUrl\n      builtIn\n      defaultDose {\n        ...DoseFields\n      }\n    }\n  }\n':
    types.ExerciseDetailDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DoseFields on Dose {\n    holdSeconds\n    reps\n    sets\n    side\n    restSeconds\n    timesPerDay\n    daysOfWeek\n    intensity\n    load\n  }\n',
): (typeof documents)['\n  fragment DoseFields on Dose {\n    holdSeconds\n    reps\n    sets\n    side\n    restSeconds\n    timesPerDay\n    daysOfWeek\n    intensity\n    load\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ExerciseLibrary($filter: ExerciseFilter, $page: PageInput) {\n    exercises(filter: $filter, page: $page) {\n      totalCount\n      nextCursor\n      items {\n        id\n        name\n        aliases\n        category\n        bodyRegion\n        builtIn\n        defaultDose {\n          ...DoseFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ExerciseLibrary($filter: ExerciseFilter, $page: PageInput) {\n    exercises(filter: $filter, page: $page) {\n      totalCount\n      nextCursor\n      items {\n        id\n        name\n        aliases\n        category\n        bodyRegion\n        builtIn\n        defaultDose {\n          ...DoseFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ExerciseDetail($id: ID!) {\n    exercise(id: $id) {\n      id\n      name\n      aliases\n      category\n      bodyRegion\n      targetMuscles\n      startingPosition\n      steps\n      cues\n      safetyNotes\n      contraindications\n      equipment\n      mediaUrl\n      builtIn\n      defaultDose {\n        ...DoseFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ExerciseDetail($id: ID!) {\n    exercise(id: $id) {\n      id\n      name\n      aliases\n      category\n      bodyRegion\n      targetMuscles\n      startingPosition\n      steps\n      cues\n      safetyNotes\n      contraindications\n      equipment\n      mediaUrl\n      builtIn\n      defaultDose {\n        ...DoseFields\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
