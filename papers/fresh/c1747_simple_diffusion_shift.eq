% simple diffusion, Hoogeboom, Heek & Salimans (ICML 2023), Sec. 3.1: the cosine schedule's log SNR and its shift for
% resolution d, from memory of the printing; t a vector of N times in (0, 1), d the resolution (prose)
t \in \mathbb{R}^{N}, d \in \mathbb{R}

\log \mathrm{SNR}(t) = -2 \log \tan(\pi t / 2)
\log \mathrm{SNR}_{\text{shift } 64/d}(t) = \log \mathrm{SNR}(t) + 2 \log(64 / d)
