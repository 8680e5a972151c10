% Lilian Weng, "Attention? Attention!" (2018), the Neural Turing Machine's sharpening as printed: the shifted
% weights over the N memory rows raised to gamma_t >= 1 and renormalised
\tilde{w}_t \in \mathbb{R}^{N}, \gamma_t \in \mathbb{R}

w_t(i) = \frac{\tilde{w}_t(i)^{\gamma_t}}{\sum_{j=1}^N \tilde{w}_t(j)^{\gamma_t}}
