from h import *
# x_(i), y_(i) are order statistics: the points sorted
rng=np.random.default_rng(1653); n=5; x=rng.normal(size=n); y=rng.normal(size=n)+0.5
out=((torch.sort(T(x)).values-torch.sort(T(y)).values).abs()**2).mean()
run('c1653_w1d_sorted', {'x':x,'y':y}, out.numpy())
