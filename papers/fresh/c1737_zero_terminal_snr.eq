% Lin et al. (WACV 2024), "Common Diffusion Noise Schedules and Sample Steps are Flawed", Sec. 3.1 / Algorithm 1:
% shift sqrt(alpha_bar) so that the last step is zero, scale so that the first is unchanged; Algorithm 1 is printed as
% code, written here as the math it computes (not a paste); \bar\alpha the T cumulative products (prose)
\bar{\alpha} \in \mathbb{R}^{T}

s_t = \sqrt{\bar{\alpha}_t}
\hat{s}_t = \left( s_t - s_T \right) \frac{s_1}{s_1 - s_T}
\hat{\bar{\alpha}}_t = \hat{s}_t^2
