import { z } from 'zod';
import { emailSchema, nameSchema } from './accounts';
import { checkPasswordPolicy } from './passwords';

/** The fields that make a new account: the first-start form and the invite form. */
export const newAccountSchema = z
	.object({
		name: nameSchema,
		email: emailSchema,
		password: z.string(),
		password_confirm: z.string()
	})
	.superRefine((form, context) => {
		for (const problem of checkPasswordPolicy(form.password, form.email)) {
			context.addIssue({ code: 'custom', path: ['password'], message: problem.message });
		}
		if (form.password !== form.password_confirm) {
			context.addIssue({
				code: 'custom',
				path: ['password_confirm'],
				message: 'The passwords differ.'
			});
		}
	});
