// GOV.UK Frontend's components (and MoJ Frontend's), started on every page. Every page works without this script:
// it only enhances (the navigation's menu button, error summaries taking focus, and so on).
import { initAll } from '/govuk-frontend/govuk-frontend.min.js'

initAll()
