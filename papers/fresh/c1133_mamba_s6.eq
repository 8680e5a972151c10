% Mamba / S6 (Gu & Dao 2023, Eq. 2a-2b and Alg. 2) for one channel with diagonal A: the step \Delta_t and
% B_t, C_t depend on the input; zero-order hold \bar{A}_t = \exp(\Delta_t A), and \bar{B}_t = \Delta_t B_t
% (the simplified discretisation the paper's code uses); x the L inputs of the channel
\Delta, x \in \mathbb{R}^{L}, A \in \mathbb{R}^{N}, B, C \in \mathbb{R}^{L \times N}

h_t = \exp(\Delta_t A) \odot h_{t-1} + \Delta_t B_t x_t
y_t = C_t^\top h_t
