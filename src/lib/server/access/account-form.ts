import { z } from 'zod';
import { emailSchema, nameSchema } from './accounts';
import { checkPasswordPolicy } from './passwords';

/**
 * The fields that make a new account: the first-start form and the invite form. Its messages
 * are problem codes, worded by the form that reads it.
 */
export const newAccountSchema = z
	.object({
		name: nameSchema,
		email: emailSchema,
		password: z.string(),
		password_confirm: z.string()
	})
	.superRefine((form, context) => {
		for (const problem of checkPasswordPolicy(form.password, form.email)) {
			context.addIssue({
				code: 'custom',
				path: ['password'],
				message: problem.code,
				params: problem.params
			});
		}
		if (form.password !== form.password_confirm) {
			context.addIssue({
				code: 'custom',
				path: ['password_confirm'],
				message: 'problem_passwords_differ'
			});
		}
	});
