% Berkeley CS285 (Levine), Lecture 5 "Policy Gradients", reducing variance (reward to go), from memory of the slide:
% the rewards of N sampled trajectories of T steps given (the slide's r(s_{i,t}, a_{i,t}))
r(\mathbf{s}_{i,t}, \mathbf{a}_{i,t}) \in \mathbb{R}^{N \times T}

\hat{Q}_{i,t} = \sum_{t'=t}^{T} r(\mathbf{s}_{i,t'}, \mathbf{a}_{i,t'})
