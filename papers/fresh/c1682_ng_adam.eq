% deeplearning.ai (Ng), "Optimization Methods", the Adam update for layer l, as printed (from memory of the notebook,
% whose cases environment is written as five lines): the moments, the weights and the gradient dJ/dW^[l] (the
% notebook's grads["dW" + str(l)]) have W^[l]'s shape; t counts the steps taken
W^{[l]}, v_{dW^{[l]}}, s_{dW^{[l]}}, \frac{\partial \mathcal{J} }{ \partial W^{[l]} } \in \mathbb{R}^{n^{[l]} \times n^{[l-1]}}, \beta_1, \beta_2, \alpha, \varepsilon, t \in \mathbb{R}

v_{dW^{[l]}} = \beta_1 v_{dW^{[l]}} + (1 - \beta_1) \frac{\partial \mathcal{J} }{ \partial W^{[l]} }
v^{corrected}_{dW^{[l]}} = \frac{v_{dW^{[l]}}}{1 - (\beta_1)^t}
s_{dW^{[l]}} = \beta_2 s_{dW^{[l]}} + (1 - \beta_2) (\frac{\partial \mathcal{J} }{\partial W^{[l]} })^2
s^{corrected}_{dW^{[l]}} = \frac{s_{dW^{[l]}}}{1 - (\beta_2)^t}
W^{[l]} = W^{[l]} - \alpha \frac{v^{corrected}_{dW^{[l]}}}{\sqrt{s^{corrected}_{dW^{[l]}}} + \varepsilon}
