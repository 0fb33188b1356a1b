// The action's post step (action.yml `runs.post`): always runs, even after a failure or a cancel.
import { post } from './action/post.ts'

await post()
