% LSQ (Esser et al., 2020), Eqs. 1-2: quantiser with step size s, clip to [-Q_N, Q_P] and round to the nearest integer
% (\lfloor \cdot \rceil); \hat{v} the quantised value on the original scale
v \in \mathbb{R}^{n}, s \in \mathbb{R}, Q_N = 4, Q_P = 3

\bar{v} = \lfloor \text{clip}(v/s, -Q_N, Q_P) \rceil
\hat{v} = \bar{v} \times s
