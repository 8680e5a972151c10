% simple diffusion, Hoogeboom et al. (2023), Sec. 3.1: the cosine schedule's log signal-to-noise ratio shifted
% for a resolution d from the base resolution 64; t \in [0, 1] (prose)
t, d \in \mathbb{R}

\log \mathrm{SNR}(t) = -2 \log \tan(\pi t / 2)
\log \mathrm{SNR}_{\text{shift } 64/d}(t) = \log \mathrm{SNR}(t) + 2 \log(64 / d)
