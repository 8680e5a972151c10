% Progressive distillation, Salimans & Ho (ICLR 2022), Algorithm 2: the student's target from two teacher DDIM
% steps t -> t' -> t'', from memory of the printing; \alpha, \sigma the schedule values at the three times
\mathbf{z}_t, \mathbf{z}_{t''} \in \mathbb{R}^{d}, \alpha_t, \sigma_t, \alpha_{t''}, \sigma_{t''} \in \mathbb{R}

\tilde{\mathbf{x}} = \frac{\mathbf{z}_{t''} - (\sigma_{t''} / \sigma_t) \mathbf{z}_t}{\alpha_{t''} - (\sigma_{t''} / \sigma_t) \alpha_t}
