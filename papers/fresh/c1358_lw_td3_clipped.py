from h import *
rng=np.random.default_rng(1358); B=6; q1=rng.normal(size=B); q2=rng.normal(size=B); r=rng.normal(size=B); g=0.99
run('c1358_lw_td3_clipped', {r"Q_{w_1}(s', \mu_{\theta_1}(s'))":q1, r"Q_{w_2}(s', \mu_{\theta_1}(s'))":q2, 'r':r, r'\gamma':g}, r+g*np.minimum(q1,q2), fn='y_1')
