% Denoising diffusion probabilistic models, Ho, Jain & Abbeel (2020), §2 (after Eq. 4), as the text
% prints it on one line: "Let \alpha_t := 1 - \beta_t and \bar{\alpha}_t := \prod_{s=1}^{t} \alpha_s"
% for the schedule \beta_1 ... \beta_T.
\beta \in \mathbb{R}^{T}

\alpha_t := 1 - \beta_t \text{ and } \bar{\alpha}_t := \prod_{s=1}^{t} \alpha_s
