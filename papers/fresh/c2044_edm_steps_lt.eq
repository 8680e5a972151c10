% EDM, Karras et al. (NeurIPS 2022), Eq. 5 (from memory, as reused by EDM2 2024): the noise levels of the
% deterministic sampler, printed with the subscript i<N (0-based, i = 0..N-1) and t_N = 0 appended (dropped here)
\sigma_{max}, \sigma_{min}, \rho \in \mathbb{R}

t_{i<N} = \left( \sigma_{max}^{\frac{1}{\rho}} + \frac{i}{N-1} \left( \sigma_{min}^{\frac{1}{\rho}} - \sigma_{max}^{\frac{1}{\rho}} \right) \right)^\rho
