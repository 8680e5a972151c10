% DDPM, Ho et al. (2020), §2: \bar{\alpha}_t := \prod_{s=1}^{t} \alpha_s, here read at one step t
% given as an integer input (the schedule \alpha_1 ... \alpha_T as a vector; t counts from 1).
\alpha \in \mathbb{R}^{T}, t \in \mathbb{N}
\bar{\alpha}_t = \prod_{s=1}^{t} \alpha_s
