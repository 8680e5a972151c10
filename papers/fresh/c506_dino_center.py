from h import *
rng=np.random.default_rng(506); B,K=5,4; c=rng.normal(size=K); g=rng.normal(size=(B,K)); m=0.9
run('c506_dino_center', {'c':c,r'g_{\theta_t}(x_i)':g,'m':m}, (m*T(c)+(1-m)*T(g).mean(0)).numpy())
