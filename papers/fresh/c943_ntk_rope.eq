% NTK-aware RoPE scaling (bloc97, 2023; restated in YaRN, Peng et al. 2023, Sec. 3.1): the base b becomes
% b s^{|D|/(|D|-2)}, so each frequency theta_i = b^{-2i/d} is multiplied by s^{-2i/(d-2)}; theta has d/2 entries
\theta \in \mathbb{R}^{d/2}, s \in \mathbb{R}

\theta_i' = \theta_i \cdot s^{-2i/(d-2)}
