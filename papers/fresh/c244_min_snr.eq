% Efficient diffusion training via Min-SNR weighting, Hang et al. (2023), Sec. 3.4: the loss weight
% (alpha_t, sigma_t the schedule over T steps)
\alpha, \sigma \in \mathbb{R}^{T}, \gamma \in \mathbb{R}

\mathrm{SNR}(t) = \alpha_t^2 / \sigma_t^2
w_t = \min\{\mathrm{SNR}(t), \gamma\}
