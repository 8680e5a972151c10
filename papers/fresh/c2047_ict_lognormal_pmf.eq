% Improved Consistency Training (iCT), Song & Dhariwal (ICLR 2024), Eq. 10 (from memory): the discrete lognormal
% distribution over the N noise levels \sigma_1 < ... < \sigma_N, p(\sigma_i) for i = 1..N-1 normalised by \propto
\sigma \in \mathbb{R}^{N}, P_{mean}, P_{std} \in \mathbb{R}

p(\sigma_i) \propto \mathrm{erf}\left( \frac{\log(\sigma_{i+1}) - P_{mean}}{\sqrt{2} P_{std}} \right) - \mathrm{erf}\left( \frac{\log(\sigma_i) - P_{mean}}{\sqrt{2} P_{std}} \right)
