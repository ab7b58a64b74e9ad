/**
 * A ladder of level codes for the examples of the rules that only such a ladder gives findings for
 * (the built-in ladder has no codes and no level statements).
 */
export const CODE_EXAMPLE_LADDER = {
  name: 'Codes',
  tracks: [{ id: 'ic', title: 'Individual contributor' }],
  levels: [
    { id: 'ic2', code: 'IC2', title: 'Engineer', track: 'ic' },
    { id: 'ic3', code: 'IC3', title: 'Senior Engineer', track: 'ic' },
    { id: 'ic5', code: 'IC5', title: 'Principal Engineer', track: 'ic' },
    { id: 'ic6', code: 'IC6', title: 'Distinguished Engineer', track: 'ic' },
  ],
  sections: [{ id: 'impact', title: 'Impact', required: ['role'] }],
  levelStatements: ['is an {level}'],
};
