% Mamba-2 / SSD, Dao & Gu (2024), Eq. 3 (the SSM as a sum over past inputs) for a scalar-times-identity A_t = a_t,
% from memory of the printing; B_t, C_t \in R^N per step (rows of B, C), x_t scalar input (prose)
a, x \in \mathbb{R}^{T}, B, C \in \mathbb{R}^{T \times N}

y_t = \sum_{s=0}^{t} C_t^\top \left( \prod_{k=s+1}^{t} a_k \right) B_s x_s
