from h import *
rng=np.random.default_rng(1380); C=5; z=rng.normal(size=C); T_=0.4
run('c1380_weng_uda_sharpen', {'z':z, 'T':T_}, torch.softmax(T(z/T_),0).numpy(), fn=r'p_{\hat{\theta}}^\text{(sharp)}')
