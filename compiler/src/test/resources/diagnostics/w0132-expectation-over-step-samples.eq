% PPO as labml.ai prints it: the expectation over the sampled a_t, s_t is the mean over the step t
% they carry; r_t(\theta) is one value per step, an input vector over t.
\epsilon = 0.2
L = \mathbb{E}_{a_t, s_t \sim \pi}[\min(r_t(\theta) \hat{A}_t, \mathrm{clip}(r_t(\theta), 1 - \epsilon, 1 + \epsilon) \hat{A}_t)]
% ~WARNING W0132
% ~WARNING W0190
% ~WARNING W0101
