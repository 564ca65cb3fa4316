"""Mail servers' answers: SES bounces and complaints put addresses on the suppression list
(``desk.FeedbackDesk``, the feedback function)."""
