import Type from 'typebox'

/** The bulk curve shared by the contact-detail policies (e-mail, phone). */
export function contactCurveParams () {
  return {
    singleRisk: Type.Number({ default: 8, minimum: 0, maximum: 100, description: 'Risk of a single distinct value: one contact detail is ordinary (a user giving their own address).' }),
    bulkThreshold: Type.Integer({ default: 5, minimum: 2, maximum: 1000, description: 'Distinct values from which the message counts as a bulk disclosure (a list or dump of records).' }),
    bulkRisk: Type.Number({ default: 70, minimum: 0, maximum: 100, description: 'Risk at the bulk threshold.' }),
    saturation: Type.Integer({ default: 20, minimum: 2, maximum: 10000, description: 'Distinct values at which the risk reaches maxRisk.' }),
    maxRisk: Type.Number({ default: 85, minimum: 0, maximum: 100, description: 'Risk of a large dump of contact details.' }),
  }
}
