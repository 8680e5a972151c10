% simple diffusion, Hoogeboom et al. (2023), Sec. 3.1: the cosine log-SNR schedule shifted for resolution d
% (base 64), at T time points t in [0, 1]
t \in \mathbb{R}^{T}, d \in \mathbb{R}

\log \mathrm{SNR}(t) = -2 \log \tan(\pi t / 2)
\log \mathrm{SNR}_{\text{shift } 64/d}(t) = \log \mathrm{SNR}(t) + 2 \log(64/d)
