from h import *
for t in (3, 12):
    run('c324_warmup_linear', {r'\eta_{\max}':0.1,'T_w':10.0,'t':t}, np.array(0.1*min(1,t/10)), fn=r'\eta_t')
