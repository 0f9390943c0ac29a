;; One Adam step over float32 arrays on tfjs-backend-wasm's heap, four lanes at a time.
;; The readable source of `adamModuleBytes` in adam-simd.ts: adam-simd.test.ts assembles this
;; file (with wabt) and checks it gives those bytes exactly. Edit both together.
;;
;; adam(x, m, v, g, outX, outM, outV, count, beta1, 1-beta1, beta2, 1-beta2,
;;      1-beta1^t, 1-beta2^t, epsilon, -learningRate)
;; Addresses are byte offsets in the imported memory; count is a multiple of 4.
;; align=1: the hint the hand-assembled bytes carry (tensor views need not be 16-byte aligned).
;; Each f32x4 operation rounds every lane as the scalar float32 operation does, in the order of
;; tfjs's op-by-op AdamOptimizer, so the results match it bit for bit.
(module
  (import "env" "memory" (memory 0))
  (func (export "adam")
    (param $x i32) (param $m i32) (param $v i32) (param $g i32)
    (param $outX i32) (param $outM i32) (param $outV i32) (param $count i32)
    (param $beta1 f32) (param $oneMinusBeta1 f32) (param $beta2 f32) (param $oneMinusBeta2 f32)
    (param $correction1 f32) (param $correction2 f32) (param $epsilon f32) (param $step f32)
    (local $offset i32) (local $end i32)
    (local $beta1x4 v128) (local $oneMinusBeta1x4 v128) (local $beta2x4 v128)
    (local $oneMinusBeta2x4 v128) (local $correction1x4 v128) (local $correction2x4 v128)
    (local $epsilonx4 v128) (local $stepx4 v128)
    (local $gradient v128) (local $first v128) (local $second v128)
    ;; end = count * 4 bytes
    (local.set $end (i32.shl (local.get $count) (i32.const 2)))
    (local.set $beta1x4 (f32x4.splat (local.get $beta1)))
    (local.set $oneMinusBeta1x4 (f32x4.splat (local.get $oneMinusBeta1)))
    (local.set $beta2x4 (f32x4.splat (local.get $beta2)))
    (local.set $oneMinusBeta2x4 (f32x4.splat (local.get $oneMinusBeta2)))
    (local.set $correction1x4 (f32x4.splat (local.get $correction1)))
    (local.set $correction2x4 (f32x4.splat (local.get $correction2)))
    (local.set $epsilonx4 (f32x4.splat (local.get $epsilon)))
    (local.set $stepx4 (f32x4.splat (local.get $step)))
    (block
      (loop
        (br_if 1 (i32.ge_u (local.get $offset) (local.get $end)))
        (local.set $gradient (v128.load align=1 (i32.add (local.get $g) (local.get $offset))))
        ;; first = m·β1 + g·(1 − β1)
        (local.set $first
          (f32x4.add
            (f32x4.mul (v128.load align=1 (i32.add (local.get $m) (local.get $offset))) (local.get $beta1x4))
            (f32x4.mul (local.get $gradient) (local.get $oneMinusBeta1x4))))
        ;; second = v·β2 + (g·g)·(1 − β2)
        (local.set $second
          (f32x4.add
            (f32x4.mul (v128.load align=1 (i32.add (local.get $v) (local.get $offset))) (local.get $beta2x4))
            (f32x4.mul
              (f32x4.mul (local.get $gradient) (local.get $gradient))
              (local.get $oneMinusBeta2x4))))
        (v128.store align=1 (i32.add (local.get $outM) (local.get $offset)) (local.get $first))
        (v128.store align=1 (i32.add (local.get $outV) (local.get $offset)) (local.get $second))
        ;; x' = ((first / c1) / (√(second / c2) + ε)) · (−lr) + x
        (v128.store align=1 (i32.add (local.get $outX) (local.get $offset))
          (f32x4.add
            (f32x4.mul
              (f32x4.div
                (f32x4.div (local.get $first) (local.get $correction1x4))
                (f32x4.add
                  (f32x4.sqrt (f32x4.div (local.get $second) (local.get $correction2x4)))
                  (local.get $epsilonx4)))
              (local.get $stepx4))
            (v128.load align=1 (i32.add (local.get $x) (local.get $offset)))))
        ;; offset += 16 bytes
        (local.set $offset (i32.add (local.get $offset) (i32.const 16)))
        (br 0)))))
