// The codes of every issue a rule reports and every reason it gives for a result: the vocabulary
// between the rules and the locale (core/es/), which must word each code and no other.

/** What went wrong, as the rules report it; core/es/issues.ts words each one. */
export type IssueCode =
  // Reading cells
  | 'not_a_number'
  | 'not_a_percentage'
  | 'ambiguous_percentage'
  | 'not_yes_no'
  | 'not_a_date'
  | 'impossible_date'
  | 'required'
  | 'negative'
  | 'not_an_integer'
  // The shape of a call
  | 'ranges_mismatch'
  | 'too_many_columns'
  // Configuración sheet
  | 'config_unknown_key'
  | 'config_bad_value'
  | 'config_bad_combination'
  // Becas (Cap. XI)
  | 'unknown_plan'
  | 'average_not_a_number'
  | 'average_out_of_scale'
  | 'criterion_required'
  | 'bad_criterion'
  | 'committee_out_of_range'
  | 'empresas_not_configured'
  | 'average_required'
  | 'criterion_plans_rows'
  | 'criterion_plans_unknown'
  | 'criterion_plans_twice'
  | 'criterion_plans_count'
  // Students: attendance (Cap. XII), grades, becas renewal and colegiatura
  | 'field_not_a_number'
  | 'not_positive'
  | 'more_than'
  | 'attendance_exceeds_sessions'
  | 'attended_and_absences'
  | 'bad_grade'
  | 'bad_debt'
  | 'beca_out_of_range'
  | 'unknown_payment_form'
  // Colegiaturas: the payment ledger (src/core/pagos/)
  | 'bad_payment'
  | 'payment_before_period'
  | 'payment_without_due_date'
  | 'no_due_dates'
  | 'notice_before_abandonment'
  | 'bad_owed_months'
  | 'log_two_payments'
  | 'log_unknown_student'
  | 'log_bad_mensualidad'
  // The period's grades (src/core/grades/)
  | 'bad_semester'
  | 'bad_exam_grade'
  | 'not_period_grades'
  // Convenios and commitments (seeds 000 and 001)
  | 'unknown_stage'
  | 'no_tracker_sheet'
  | 'mail_unauthorized'
  | 'bad_hour'
  | 'reminders_owned'
  | 'bad_source_url'
  | 'source_no_access'
  | 'source_unrecognized'
  | 'no_sources'
  | 'log_missing_columns'
  // Follow-up functions: RESUMEN_COMPROMISOS and COBERTURA (src/core/followup.ts)
  | 'not_a_group'
  | 'bad_rows'
  | 'not_a_school'
  | 'coverage_bad_total'
  | 'coverage_empty_catalog'
  | 'coverage_more_than_total'
  | 'coverage_unknown_schools'
  // Batch work on a sheet, templates, dashboard and the sidebar (src/gas)
  | 'no_sheet'
  | 'not_students'
  | 'no_students_rows'
  | 'nothing_chosen'
  | 'output_missing'
  | 'bad_column'
  | 'column_twice'
  | 'computed_as_input'
  | 'config_blocks_writing'
  | 'sheet_busy'
  | 'no_active_spreadsheet'
  | 'not_our_sheet'
  | 'unexpected';

/** Why a result is what it is: BECA_MOTIVO, RENUEVA_BECA, the convenio flags; core/es/reasons.ts words each one. */
export type ResultReason =
  | 'no_plan'
  | 'continuidad_granted'
  | 'continuidad_low_average'
  | 'continuidad_no_previous_level'
  | 'excelencia_granted'
  | 'excelencia_low_average'
  | 'excelencia_not_first'
  | 'academica_place'
  | 'academica_no_place'
  | 'parentesco'
  | 'committee'
  | 'personal_granted'
  | 'personal_few_years'
  | 'empresas'
  // RENUEVA_BECA: the article is the plan's (Art. 2) or the debt rule (Art. 1 VII)
  | 'renewal_no_plan'
  | 'renewal_debt'
  | 'renewal_average'
  | 'renewal_low_average'
  | 'renewal_failing_average'
  | 'renewal_not_regular'
  | 'renewal_few_hours'
  | 'renewal_regular'
  | 'renewal_regular_passing'
  | 'renewal_no_subjects_owed'
  | 'renewal_only_debt'
  // Convenio flags (seed 000) and vigencia (seed 001)
  | 'stage_without_product'
  | 'signed_without_report'
  | 'vigencia_ending'
  | 'vigencia_ended'
  // Colegiaturas: ESTADO_PAGOS and BECA_VIGENTE (Cap. IX, Art. 2; Cap. XI, Art. 1 VII and IX)
  | 'payments_up_to_date'
  | 'payments_owed'
  | 'beca_none'
  | 'beca_not_yet'
  | 'beca_in_force'
  | 'beca_cancelled_unpaid'
  | 'beca_cancelled_late';

/** The sentences a reminder email and its Bitácora row are made of; core/es/email.ts words each one. */
export type EmailSentence =
  | 'reminder_subject'
  | 'reminder_greeting'
  | 'reminder_intro'
  | 'reminder_when'
  | 'reminder_no_description'
  | 'reminder_footer'
  | 'reminder_bad_address'
  | 'reminder_some_bad_addresses'
  | 'reminder_ladder'
  | 'reminder_deferred'
  | 'reminder_unconfirmed';

/** What a batch, a template, a dashboard or the daily run tells the user; core/es/notices.ts words each one. */
export type NoticeCode =
  | 'daily_run_failed'
  | 'reminders_stale_trigger'
  | 'row_problem'
  | 'batch_detected'
  | 'batch_done'
  | 'batch_skipped'
  | 'batch_untouched'
  | 'batch_failed'
  | 'batch_conflict'
  | 'batch_edited'
  | 'batch_confirm'
  | 'batch_cancelled'
  | 'template_created'
  | 'template_exists'
  | 'dashboard_done';

/** Every sentence that is not a problem; `explain` words each one. */
export type ReasonCode = ResultReason | EmailSentence | NoticeCode;

/** A reason with the details its sentence names. */
export type Reason = { code: ReasonCode; [detail: string]: unknown };
