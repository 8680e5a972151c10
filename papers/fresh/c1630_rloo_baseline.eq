% RLOO, Ahmadian et al. (2024), "Back to Basics", Sec. 3.2 (the REINFORCE leave-one-out estimator of Kool et al.),
% from memory of the printing; k samples y_(1..k) for one prompt, their rewards R(y_(i), x) given (prose)
R(y_{(i)}, x) \in \mathbb{R}^{k}

\frac{1}{k} \sum_{i=1}^{k} \left[ R(y_{(i)}, x) - \frac{1}{k-1} \sum_{j \neq i} R(y_{(j)}, x) \right] \nabla \log \pi(y_{(i)} | x)
