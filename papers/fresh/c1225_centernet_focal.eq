% CenterNet (Objects as Points), Zhou et al. (2019), Eq. 1: the penalty-reduced pixel-wise focal loss over the
% keypoint heatmap \hat{Y} \in [0,1]^{W/R x H/R x C} against the Gaussian-splatted ground truth Y; N keypoints
\hat{Y}, Y \in \mathbb{R}^{W \times H \times C}, \alpha, \beta, N \in \mathbb{R}

L_k = \frac{-1}{N} \sum_{xyc} \begin{cases} (1 - \hat{Y}_{xyc})^{\alpha} \log(\hat{Y}_{xyc}) & \text{if } Y_{xyc} = 1 \\ (1 - Y_{xyc})^{\beta} (\hat{Y}_{xyc})^{\alpha} \log(1 - \hat{Y}_{xyc}) & \text{otherwise} \end{cases}
