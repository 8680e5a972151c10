% Sun et al. 2023, "Retentive Network": Retention(X_n) names step n; the body reads n as an index
Q \in \mathbb{R}^{N \times d}, S \in \mathbb{R}^{N \times d \times d_v}
\mathrm{Retention}(X_n) = Q_n S_n
% ~WARNING W0382
