from h import *
rng=np.random.default_rng(1667); N=8; p=rng.random(N)*0.8+0.1; pk=rng.random(N)*0.8+0.1; A=rng.normal(size=N)
run('c1667_spinup_trpo_surrogate', {r'\pi_{\theta}(a|s)':p, r'\pi_{\theta_k}(a|s)':pk, r'A^{\pi_{\theta_k}}(s,a)':A}, np.mean(p/pk*A), fn=r'{\mathcal L}')
