% Layer-normalized RNN, Ba, Kiros & Hinton (2016), Eq. 4, as one printed line: the summed inputs
% a^t normalized with gain g and bias b; f is the element-wise non-linearity (tanh: helper).
\mathbf{a}^t, \mathbf{g}, \mathbf{b} \in \mathbb{R}^{H}

f(z) = \tanh(z)
\mathbf{h}^t = f\left[\frac{\mathbf{g}}{\sigma^t} \odot \left(\mathbf{a}^t - \mu^t\right) + \mathbf{b}\right] \qquad \mu^t = \frac{1}{H}\sum_{i=1}^{H} a_i^t \qquad \sigma^t = \sqrt{\frac{1}{H}\sum_{i=1}^{H}\left(a_i^t - \mu^t\right)^2}
