from h import *
rng=np.random.default_rng(958); d=6
qr=rng.normal(size=(d//2,2)); th=10000.0**(-2*np.arange(d//2)/d); m=3.0
qc=torch.view_as_complex(T(qr).contiguous())*torch.exp(1j*m*T(th))
# complex inputs: given as pairs (real, imag); eqc may not read complex numbers at all
run('c958_rope_complex', {'q_m':qr, r'\theta':th, 'm':m}, torch.view_as_real(qc).numpy(), fn=r'\tilde{q}_m')
