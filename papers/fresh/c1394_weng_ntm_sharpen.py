from h import *
rng=np.random.default_rng(1394); w=rng.random(6); g=2.5
run('c1394_weng_ntm_sharpen', {r'\tilde{w}_t':w, r'\gamma_t':g}, w**g/(w**g).sum(), fn='w_t')
